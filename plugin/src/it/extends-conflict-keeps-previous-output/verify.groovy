// The conflict names the user's file:line:column and the inherited entry; the previous output stays.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('SIP status API for good.yaml (76 codes, 2 locales)')
assert runs[0].contains('BUILD SUCCESS')
def bad = new File(basedir, 'src/sip/bad.yaml').canonicalFile.path
assert runs[1].contains("[ERROR] ${bad}:7:15: code 479: constant BUSY_HERE is also the constant of code 486 (built-in iana table, line 476); give one of them its own name with 'constant'")
assert runs[1].contains('BUILD FAILURE')
assert !runs[1].contains('at io.github.sipstatus')

def sources = new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip')
def status = new File(sources, 'SipStatus.java')
assert status.text.contains('UNRESOLVABLE_DESTINATION(478, "Unresolvable destination", 0, 31)')
assert !status.text.contains('479')
// Written by the first build, before it compiled them; the failed build rewrote nothing.
def classes = new File(basedir, 'target/classes/io/github/sipstatus/it/sip')
sources.eachFile { source ->
    assert source.lastModified() <= new File(classes, source.name.replace('.java', '.class')).lastModified()
}
return true
