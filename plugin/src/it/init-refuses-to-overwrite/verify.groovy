// init names the file it will not overwrite, fails without a stack trace, and writes nothing at all.
def log = new File(basedir, 'build.log').text
def table = new File(basedir, 'src/main/sip/sip-status-codes.yaml')
assert log.contains("[ERROR] ${table.canonicalFile.path}: exists already, and sip-status:init never overwrites a file; delete it, or write another with -Dsip-status.file=<path>")
assert log.contains('BUILD FAILURE')
assert !log.contains('at io.github.sipstatus')
assert table.text.startsWith('# Our own table: init must never replace it.\n')
assert new File(basedir, 'src/main/sip').list().toList() == ['sip-status-codes.yaml']
return true
