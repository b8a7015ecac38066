// The failing build names the mistake and leaves the previous output exactly as it was.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('BUILD SUCCESS')
def table = new File(basedir, 'src/sip/bad.yaml').canonicalFile.path
assert runs[1].contains("[ERROR] ${table}:16:17: code 487: unknown key 'reasn' (did you mean 'reason'?)")
assert runs[1].contains('BUILD FAILURE')
assert !runs[1].contains('at io.github.sipstatus')

def sources = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip')
def status = new File(sources, 'SipStatus.java')
assert status.text.contains('BUSY_HERE(486, "Busy Here", 0)')
assert !status.text.contains('487')
// Written by the first build, before it compiled them; the failed build rewrote nothing.
def classes = new File(basedir, 'target/classes/io/github/sipstatus/it/sip')
sources.eachFile { source ->
    assert source.lastModified() <= new File(classes, source.name.replace('.java', '.class')).lastModified()
}
def resources = new File(basedir, 'target/generated-resources/sip-status/io/github/sipstatus/it/sip')
assert resources.list().sort() ==
        ['SipStatusMessages.properties', 'SipStatusMessages_en.properties', 'SipStatusMessages_nl.properties']
// The bundles too: not newer than the copies the first build made of them, and with the same bytes.
resources.eachFile { bundle ->
    def copy = new File(basedir, "target/classes/io/github/sipstatus/it/sip/${bundle.name}")
    assert bundle.lastModified() <= copy.lastModified()
    assert Arrays.equals(bundle.bytes, copy.bytes)
}
assert !new File(basedir, 'target/generated-sources/sip-status').listFiles().any { it.name.endsWith('.tmp') }
return true
