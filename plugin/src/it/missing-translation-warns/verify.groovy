// With missingTranslations=warn the gaps are logged as warnings and the bundles leave those keys out.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'src/sip/codes.yaml').canonicalFile.path
assert log.contains("[WARNING] ${table}:7:23: category 3: no nl title")
assert log.contains("[WARNING] ${table}:16:45: code 486: no nl message")
assert log.contains(': 9 written, 0 unchanged, 0 deleted (')
def nl = new Properties()
new File(basedir, 'target/generated-resources/sip-status/io/github/sipstatus/it/sip/SipStatusMessages_nl.properties').withInputStream { nl.load(it) }
assert nl.getProperty('486.message') == null
assert nl.getProperty('486.hint') == 'Probeer het later, bel terug'
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def status = loader.loadClass('io.github.sipstatus.it.sip.SipStatus')
assert status.valueOf(486).message(Locale.forLanguageTag('nl')) == 'Busy here'
assert status.valueOf(400).message(Locale.forLanguageTag('nl')) == 'Fout verzoek'
loader.close()
return true
