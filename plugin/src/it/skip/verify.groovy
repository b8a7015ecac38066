// Skipped: nothing generated, nothing registered, and the log says why.
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping SIP status generation (sip-status.skip)')
assert !log.contains('SIP status API for')
assert !new File(basedir, 'target/generated-sources/sip-status').exists()
assert !new File(basedir, 'target/generated-resources/sip-status').exists()
assert new File(basedir, 'target/classes/org/example/Plain.class').isFile()
return true
