// The consumer's tests ran against the generated SipReason and Q850Cause, and every one passed.
def reports = new File(basedir, 'target/surefire-reports')
        .listFiles({ dir, name -> name ==~ /TEST-.*\.xml/ } as FilenameFilter)
assert reports != null && reports.length == 1 : "one surefire report, got ${reports*.name}"
def suite = new groovy.xml.XmlSlurper().parse(reports[0])
assert suite.@name == 'com.example.gateway.ReasonHeaderTest'
assert suite.@tests.toInteger() == 3
assert suite.@failures.toInteger() == 0
assert suite.@errors.toInteger() == 0
assert suite.@skipped.toInteger() == 0
def sources = new File(basedir, 'target/generated-sources/sip-status/com/example/sip')
assert new File(sources, 'Q850Cause.java').text.contains('USER_BUSY(17, "User busy", 486)')
assert new File(sources, 'Q850Cause.java').text.contains('CALL_REJECTED(21, "Call rejected", 603)')
return true
