// A dialer's policy as the table's own columns: the generated accessors and the nested enum Outcome
// compiled against a Java 17 switch expression with no default branch, and the dialer's tests passed.
def log = new File(basedir, 'build.log').text
assert log.contains('SIP status API for dialer-codes.yaml (75 codes, 2 locales) in com.example.sip: 10 written, 0 unchanged, 0 deleted (')
assert log.contains('Tests run: 9, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')

def surefire = new GroovyShell().parse(new File(basedir, '../it-parent/surefire-report.groovy'))
surefire.onlySuitePassed(basedir, 'com.example.dialer.DialerTest', 9)

// Attributes add members to SipStatus, not files: the same seven sources and three bundles as any table with causes.
def sources = new File(basedir, 'target/generated-sources/sip-status/com/example/sip')
assert sources.list().sort() == ['Q850Cause.java', 'SipReason.java', 'SipStatus.java', 'SipStatusCategory.java', 'SipStatusCodes.java', 'SipStatusLine.java', 'SipStatusTexts.java']
def resources = new File(basedir, 'target/generated-resources/sip-status/com/example/sip')
assert resources.list().sort() == ['SipStatusMessages.properties', 'SipStatusMessages_en.properties', 'SipStatusMessages_nl.properties']
def status = new File(sources, 'SipStatus.java').text
assert status.contains('public enum Outcome {')
assert status.contains('public boolean retryable() {')
assert status.contains('public Outcome outcome() {')
assert status.contains('public OptionalInt alarmLevel() {')
assert status.contains('public String dashboardTile() {')
assert status.contains('Whether the dialer calls the number again later.')

// The compiled dialer, called from outside its tests.
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def dialer = loader.loadClass('com.example.dialer.Dialer')
assert dialer.onFinalResponse(486).toString() == 'Decision[action=RETRY_LATER, retryAfter=120, pageOnCall=false, tile=Busy]'
assert dialer.onFinalResponse(499).toString() == 'Decision[action=GIVE_UP, retryAfter=0, pageOnCall=false, tile=Dialer bugs]'
def outcome = loader.loadClass('com.example.sip.SipStatus$Outcome')
assert outcome.values()*.name() == ['BUSY', 'REJECTED', 'NOT_FOUND', 'UNAVAILABLE', 'AUTHENTICATION_ERROR', 'FAILED']
loader.close()
return true
