// init writes a table that extends callvoip and the schema beside it, and says how to configure generate;
// the next build generates from that file as it is, and check sees the built-in table's 51 codes in it.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 3
assert runs.every { it.contains('BUILD SUCCESS') }
assert runs[0].contains('[INFO] Wrote src/main/sip/sip-status-codes.yaml: a table that extends the built-in callvoip table, with commented examples of a new and of a changed code')
assert runs[0].contains('[INFO] Wrote src/main/sip/sip-status-codes.schema.json: the JSON Schema that editors use')
assert runs[0].contains('[INFO]   <configuration>\n')
assert runs[0].contains('[INFO]     <source>${project.basedir}/src/main/sip/sip-status-codes.yaml</source>\n')

def table = new File(basedir, 'src/main/sip/sip-status-codes.yaml')
assert table.readLines()[0] == '# yaml-language-server: $schema=sip-status-codes.schema.json'
assert table.text.contains('\nextends: callvoip\n')
def schema = new File(basedir, 'src/main/sip/sip-status-codes.schema.json')
assert schema.text.contains('"extendingTable"')

assert runs[1].contains('SIP status API for sip-status-codes.yaml (51 codes, 2 locales) in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert new File(basedir, 'target/classes/io/github/sipstatus/it/sip/SipStatusCodes.class').isFile()

assert runs[2].contains('[INFO] sip-status-codes.yaml against the IANA registry (75 codes): 51 in both, 24 missing, 0 not registered, 0 differing, 0 deprecated but not marked')
return true
