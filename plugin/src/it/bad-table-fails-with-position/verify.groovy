// The build fails with each problem as file:line:column: message, no stack trace, nothing generated.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'src/sip/broken.yaml').canonicalFile.path
def lines = log.readLines()
// One typo is one problem: no separate "missing required key 'reason'".
assert !log.contains("missing required key")
assert lines.any { it.contains("[ERROR] ${table}:7:5: code 486: unknown key 'reasn' (did you mean 'reason'?)") }
assert lines.any { it.contains("[ERROR] ${table}:9:54: code 487: no nl message") }
assert log.contains('2 problems in the SIP status input')
assert !log.contains("at io.github.sipstatus")
assert !log.contains("Caused by")
assert !new File(basedir, 'target/generated-sources/sip-status').exists()
return true
