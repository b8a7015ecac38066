// A custom table with a German default locale, generated into a configured package.
def log = new File(basedir, 'build.log').text
assert log.contains('SIP status API for pbx-codes.yaml (8 codes, 2 locales) in org.acme.voip.status: 9 written, 0 unchanged, 0 deleted (')
assert new File(basedir, 'target/generated-sources/sip-status/org/acme/voip/status/SipStatus.java').isFile()
assert !new File(basedir, 'target/generated-sources/sip-status/io').exists()
def resources = new File(basedir, 'target/generated-resources/sip-status/org/acme/voip/status')
assert resources.list().sort() == ['SipStatusMessages.properties', 'SipStatusMessages_de.properties', 'SipStatusMessages_en.properties']

def statusSource = new File(basedir, 'target/generated-sources/sip-status/org/acme/voip/status/SipStatus.java').text
assert statusSource.contains('@Deprecated')
assert statusSource.contains('use 503 Service Unavailable')
assert statusSource.contains('ACME_TRUNK_DOWN(599, "ACME Trunk Down", 0)')
// Generated sources are ASCII: the umlauts of the table are escaped, whatever encoding the build uses.
assert statusSource.chars().allMatch { it < 128 }

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def dialer = loader.loadClass('org.acme.voip.Dialer')
assert dialer.onResponse(486) == 'Besetzt / Später erneut versuchen – die Leitung ist belegt.'
// French is not in the table: the table's default (German) answers, not the JVM's default locale.
assert dialer.onResponse(404) == 'Ungültige Anfrage'
def status = loader.loadClass('org.acme.voip.status.SipStatus')
assert status.values()*.name() == ['SESSION_PROGRESS', 'OK', 'MULTIPLE_CHOICES', 'BAD_REQUEST', 'LINE_BUSY',
                                   'SERVER_INTERNAL_ERROR', 'ACME_TRUNK_DOWN', 'BUSY_EVERYWHERE']
assert status.valueOf(599).rfc().isPresent() == false
assert status.valueOf(486).rfc().getAsInt() == 3261
loader.close()
return true
