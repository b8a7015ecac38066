// Every module generated its own API in parallel, and Maven saw nothing that is not thread-safe.
def log = new File(basedir, 'build.log').text
assert !log.contains('@threadSafe')
assert !log.contains('not marked')
['a', 'b', 'c', 'd'].each { m ->
    assert log.contains("built-in sip-status-codes.yaml (51 codes, 2 locales) in org.acme.module_${m}.sip: 10 written, 0 unchanged, 0 deleted (")
    def module = new File(basedir, "module-${m}")
    assert new File(module, "target/classes/org/acme/module_${m}/sip/SipStatus.class").isFile()
    assert new File(module, "target/classes/org/acme/module_${m}/sip/SipStatusMessages_nl.properties").isFile()
    def loader = new URLClassLoader([new File(module, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
    assert loader.loadClass("org.acme.module${m}.Busy").getField('LINE').get(null) == 'SIP/2.0 486 Busy Here'
    loader.close()
}
assert log.contains('Using the MultiThreadedBuilder') || log.contains('with a thread count of 4')
return true
