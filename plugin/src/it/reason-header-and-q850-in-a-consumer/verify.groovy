// The consumer's tests ran against the generated SipReason and Q850Cause, and every one passed.
def surefire = new GroovyShell().parse(new File(basedir, '../it-parent/surefire-report.groovy'))
surefire.onlySuitePassed(basedir, 'com.example.gateway.ReasonHeaderTest', 3)
def sources = new File(basedir, 'target/generated-sources/sip-status/com/example/sip')
assert new File(sources, 'Q850Cause.java').text.contains('USER_BUSY(17, "User busy", 486)')
assert new File(sources, 'Q850Cause.java').text.contains('CALL_REJECTED(21, "Call rejected", 603)')
return true
