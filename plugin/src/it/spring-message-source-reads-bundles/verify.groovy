// The build ran the tests of README.md's Spring configuration, and every one passed.
def reports = new File(basedir, 'target/surefire-reports')
        .listFiles({ dir, name -> name ==~ /TEST-.*\.xml/ } as FilenameFilter)
assert reports != null && reports.length == 1 : "one surefire report, got ${reports*.name}"
def suite = new groovy.xml.XmlSlurper().parse(reports[0])
assert suite.@name == 'com.example.app.SpringMessageSourceTest'
assert suite.@tests.toInteger() == 5
assert suite.@failures.toInteger() == 0
assert suite.@errors.toInteger() == 0
assert suite.@skipped.toInteger() == 0
assert (suite.testcase*.@name*.toString() as Set) == [
        'theReadmesBeanIsTheContextsMessageSourceAndTheInjectedOne',
        'dutchForNlAndEnglishForEnglishAndForALocaleTheTableLacks',
        'withoutSetFallbackToSystemLocaleAFrenchClientGetsTheServersDutch',
        'anApostropheStaysWithoutArgumentsAndIsConsumedByMessageFormatWithThem',
        'underAnotherNameTheContextKeepsAnEmptyMessageSourceOfItsOwn'] as Set
// A test that failed would show as a failure or error in the report; one that never ran, by its absence.
assert suite.testcase.every { it.children().findAll { c -> c.name() in ['failure', 'error', 'skipped'] }.isEmpty() }
assert new File(basedir, 'build.log').text.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')
return true
