// The build ran the tests of README.md's Spring configuration, and every one passed.
def surefire = new GroovyShell().parse(new File(basedir, '../it-parent/surefire-report.groovy'))
def suite = surefire.onlySuitePassed(basedir, 'com.example.app.SpringMessageSourceTest', 5)
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
