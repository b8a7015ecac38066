// A locale dropped from the build: its bundle is deleted; files the plugin did not write are untouched.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('codes.yaml (7 codes, 3 locales) in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert runs[1] =~ /codes\.yaml \(7 codes, 2 locales\) in io\.github\.sipstatus\.it\.sip: \d+ written, \d+ unchanged, 1 deleted/

def resources = new File(basedir, 'generated-resources/io/github/sipstatus/it/sip')
assert resources.list().sort() == ['SipStatusMessages.properties', 'SipStatusMessages_en.properties',
                                   'SipStatusMessages_nl.properties', 'UserMessages.properties']
assert new File(resources, 'UserMessages.properties').text.trim() == 'user.key=kept'
assert new File(basedir, 'generated-resources/NOTES.txt').text.startsWith('Notes of the user')
// The generated code no longer knows de (target/classes may keep Maven's stale copy until a clean).
def texts = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip/SipStatusTexts.java').text
assert !texts.contains('"de"')
return true
