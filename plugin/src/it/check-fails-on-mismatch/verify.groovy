// Every difference from the registry is named, with both values.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] hand-copied.yaml against the IANA registry (75 codes): 11 in both, 64 missing, 1 not registered, 3 differing, 1 deprecated but not marked')
assert log.contains("[ERROR]   408 reason: 'Request Timed Out' in the table, 'Request Timeout' in the registry")
assert log.contains("[ERROR]   504 reason: 'Server Time Out' in the table, 'Server Time-out' in the registry")
assert log.contains("[ERROR]   422 rfc: 'RFC 3261' in the table, 'RFC 4028' in the registry")
assert log.contains('[ERROR] Table codes the registry does not have (1):')
assert log.contains('[ERROR]   599 Vendor Outage')
assert log.contains('[ERROR] Deprecated in the registry, not marked in the table (1):')
assert log =~ /\[ERROR\]   202 Accepted \(RFC 6665\): .+/
assert log.contains('(failOn=mismatch)')
return true
