// A consumer that is a named module runs the generated accessors on the module path.
assert new File(basedir, 'target/classes/module-info.class').isFile()
def java = new File(System.getProperty('java.home'), 'bin/java').path
def process = [java, '--module-path', new File(basedir, 'target/classes').path,
               '--module', 'org.acme.callcenter/org.acme.callcenter.Main', '486'].execute()
def out = new StringBuilder(), err = new StringBuilder()
process.waitForProcessOutput(out, err)
assert process.exitValue() == 0 : err.toString()
assert out.toString().readLines() == ['org.acme.callcenter|SIP/2.0 486 Busy Here|In gesprek|apparatuur gebelde partij in gesprek|Clientfout',
                                      'In gesprek']
return true
