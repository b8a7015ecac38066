// Output bytes depend on the inputs alone, not on the JVM's locale or charset.
def normal = new File(basedir, 'target/normal')
def turkish = new File(basedir, 'target/turkish')
def files = { File root ->
    def found = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) { found[root.toPath().relativize(it.toPath()).toString()] = it.bytes }
    found
}
def a = files(normal), b = files(turkish)
assert a.size() == 11
assert a.keySet() == b.keySet()
a.each { path, bytes -> assert Arrays.equals(bytes, b[path]) : "${path} differs" }
// In a Turkish JVM "i".toUpperCase() is a dotted capital I: constants must still be plain ASCII.
def status = new String(a['java/io/github/sipstatus/it/sip/SipStatus.java'], 'US-ASCII')
assert status.contains('RINGING(180, "Ringing", 3261, 0)')
assert status.contains('CALL_IS_BEING_FORWARDED(')
def tr = new Properties()
new File(normal, 'resources/io/github/sipstatus/it/sip/SipStatusMessages_tr.properties').withInputStream { tr.load(it) }
assert tr.getProperty('486.message') == 'Meşgul'
assert tr.getProperty('category.4.title') == 'İstemci hatası'
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2 && runs.every { it.contains('BUILD SUCCESS') }
assert runs[1].contains('(51 codes, 3 locales) in io.github.sipstatus.it.sip: 11 written, 0 unchanged, 0 deleted (')
// The second build really ran in a Turkish JVM with a Latin-1 default charset (-V prints it).
assert new File(basedir, 'build.log').text.contains('Default locale: tr_TR, platform encoding: ISO-8859-1')
return true
