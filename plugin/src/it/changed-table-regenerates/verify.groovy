// Editing the table regenerates, and files whose bytes stay the same are not rewritten.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('codes.yaml (7 codes, 2 locales) in io.github.sipstatus.it.sip: 9 written, 0 unchanged, 0 deleted (')
// Only SipStatusMessages_nl.properties has new bytes: the Javadoc of the Java sources is English.
assert runs[1].contains('codes.yaml (7 codes, 2 locales) in io.github.sipstatus.it.sip: 1 written, 8 unchanged, 0 deleted (')
assert runs[1].contains('Nothing to compile - all classes are up to date')

def classes = new File(basedir, 'target/classes/io/github/sipstatus/it/sip')
new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip').eachFile { source ->
    assert source.lastModified() <= new File(classes, source.name.replace('.java', '.class')).lastModified()
}
def resources = new File(basedir, 'target/generated-resources/sip-status/io/github/sipstatus/it/sip')
def nl = new File(resources, 'SipStatusMessages_nl.properties')
def en = new File(resources, 'SipStatusMessages_en.properties')
assert nl.lastModified() > en.lastModified()

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def status = loader.loadClass('io.github.sipstatus.it.sip.SipStatus')
assert status.valueOf(486).message(Locale.forLanguageTag('nl')) == 'Bezet'
assert status.valueOf(486).message(Locale.ENGLISH) == 'Busy here'
loader.close()
return true
