// The second build is up to date, and still removes the temporary a crashed build left; the user's
// hidden files beside it, which do not follow the plugin's naming scheme, stay.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert !runs[0].contains('temporary file')
assert runs[1].contains('[INFO] Removed 1 temporary file(s) an interrupted build left beside the output')
assert runs[1] =~ /in io\.github\.sipstatus\.it\.sip is up to date \(10 files, \d+ ms\)/

def sources = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip')
assert !new File(sources, '.SipStatus.java.sip-status-18c2f0a9e4b-3.tmp').exists()
assert new File(sources, '.notes.tmp').text.trim() == "the user's"
assert new File(sources, 'Other.java.tmp').text.trim() == "the user's"
assert new File(sources, 'SipStatus.java').isFile()
return true
