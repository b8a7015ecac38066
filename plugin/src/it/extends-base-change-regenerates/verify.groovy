// Only the base differs between the first two builds, and the second regenerates; the third is up to date.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
assert runs.every { it.contains('BUILD SUCCESS') }
assert runs[0].contains('SIP status API for codes.yaml (52 codes, 2 locales) in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert runs[1] =~ /SIP status API for codes\.yaml \(76 codes, 2 locales\) in io\.github\.sipstatus\.it\.sip: [1-9][0-9]* written, \d+ unchanged, 0 deleted \(/
assert runs[2] =~ /SIP status API for codes\.yaml \(76 codes, 2 locales\) in io\.github\.sipstatus\.it\.sip is up to date \(10 files, \d+ ms\)/

def state = new File(basedir, 'target/sip-status/default.state')
assert state.readLines().contains('B iana')
def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def status = loader.loadClass('io.github.sipstatus.it.sip.SipStatus')
assert status.values().length == 76
assert status.valueOf(607).reasonPhrase() == 'Unwanted'
loader.close()
return true
