// The default table is right where it has a code, but incomplete: under failOn=missing that fails.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] built-in sip-status-codes.yaml against the IANA registry (75 codes): 51 in both, 24 missing')
assert log.contains('[ERROR]   608 Rejected (RFC 8688)')
assert log.contains('The SIP status table does not match the IANA registry (failOn=missing)')
return true
