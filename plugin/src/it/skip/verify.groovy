// Skipped: nothing generated and the log says why, but the output folder is still a source root,
// so what an earlier run left there compiles (skipping the work does not skip its side effects).
def log = new File(basedir, 'build.log').text
assert log.contains('Skipping SIP status generation (sip-status.skip)')
assert !log.contains('SIP status API for')
assert new File(basedir, 'earlier-output').list() as List == ['org']
assert !new File(basedir, 'earlier-output/io').exists()
assert !new File(basedir, 'target/generated-resources/sip-status').exists()
assert !new File(basedir, 'target/sip-status').exists()
assert new File(basedir, 'target/classes/org/example/Earlier.class').isFile()
assert new File(basedir, 'target/classes/org/example/Plain.class').isFile()
return true
