// The second of two identical builds: the goal says it is up to date and writes nothing, so the
// compiler finds nothing to recompile (the complaint of openapi-generator #15218 and jsonschema2pojo #1322).
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('in io.github.sipstatus.it.sip: 10 written, 0 unchanged, 0 deleted (')
assert runs[1] =~ /SIP status API for built-in sip-status-codes\.yaml \(51 codes, 2 locales\) in io\.github\.sipstatus\.it\.sip is up to date \(10 files, \d+ ms\)/
assert runs[1].contains('Nothing to compile - all classes are up to date')

// Not one generated file is newer than the classes compiled from it in the first build.
def classes = new File(basedir, 'target/classes/io/github/sipstatus/it/sip')
new File(basedir, 'target/generated-sources/sip-status/io/github/sipstatus/it/sip').eachFile { source ->
    def compiled = new File(classes, source.name.replace('.java', '.class'))
    assert source.lastModified() <= compiled.lastModified() : "${source.name} was rewritten"
}
// The roots were registered in the up-to-date build too: the jar still holds the bundles.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/second-build-does-nothing-1.0.jar'))
assert jar.getEntry('io/github/sipstatus/it/sip/SipStatusMessages_nl.properties') != null
jar.close()
return true
