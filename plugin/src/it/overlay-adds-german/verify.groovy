// An overlay adds German to a table without copying it: a de bundle, and the accessors answer in German.
def log = new File(basedir, 'build.log').text
assert log.contains('SIP status API for codes.yaml (7 codes, 3 locales) in org.acme.sip: 10 written, 0 unchanged, 0 deleted (')
assert !log.contains('[WARNING]')
def resources = new File(basedir, 'target/generated-resources/sip-status/org/acme/sip')
assert resources.list().sort() == ['SipStatusMessages.properties', 'SipStatusMessages_de.properties',
                                   'SipStatusMessages_en.properties', 'SipStatusMessages_nl.properties']
def de = new Properties()
new File(resources, 'SipStatusMessages_de.properties').withInputStream { de.load(it) }
assert de.getProperty('486.message') == 'Besetzt'
assert de.getProperty('category.4.title') == 'Client-Fehler'

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def texts = loader.loadClass('org.acme.Texts')
// Texts are plain strings: the apostrophe and the braces are not MessageFormat syntax.
assert texts.of(486, 'de') == "Besetzt|Später erneut versuchen; l'appel {0} bleibt wörtlich|Client-Fehler"
assert texts.of(486, 'de-AT') == texts.of(486, 'de')
assert texts.of(486, 'nl') == 'In gesprek|Probeer het later, bel terug|Clientfout'
assert texts.of(200, 'fr') == 'OK|-|Success'
loader.close()
return true
