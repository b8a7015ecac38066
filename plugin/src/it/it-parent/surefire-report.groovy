// For the verify scripts of ITs whose consumer runs JUnit tests of its own: the one surefire report,
// of the expected test class, with every test run and passed. A verify script loads it with
//   def surefire = new GroovyShell().parse(new File(basedir, '../it-parent/surefire-report.groovy'))
// and calls surefire.onlySuitePassed(basedir, 'com.example.app.SomeTest', 5), which returns the suite
// (XmlSlurper's), for checks of its own such as the names of the test cases.
def onlySuitePassed(File basedir, String testClass, int tests) {
    def reports = new File(basedir, 'target/surefire-reports')
            .listFiles({ dir, name -> name ==~ /TEST-.*\.xml/ } as FilenameFilter)
    assert reports != null && reports.length == 1 : "one surefire report, got ${reports*.name}"
    def suite = new groovy.xml.XmlSlurper().parse(reports[0])
    assert suite.@name == testClass
    assert suite.@tests.toInteger() == tests
    assert suite.@failures.toInteger() == 0
    assert suite.@errors.toInteger() == 0
    assert suite.@skipped.toInteger() == 0
    return suite
}
