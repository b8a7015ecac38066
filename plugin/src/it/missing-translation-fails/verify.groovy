// Every missing translation is named at its file:line:column, and the build fails before generating anything.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'src/sip/codes.yaml').canonicalFile.path
assert log.contains("[ERROR] ${table}:7:23: category 3: no nl title")
assert log.contains("[ERROR] ${table}:16:45: code 486: no nl message")
assert log.contains('2 problems in the SIP status input')
assert !new File(basedir, 'target/generated-sources/sip-status').exists()
return true
