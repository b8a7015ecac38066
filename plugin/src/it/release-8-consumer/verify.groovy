// Compiled with --release 8 -Xlint:all -Werror: class files of Java 8 (major 52) that run.
def classFile = new File(basedir, 'target/classes/io/github/sipstatus/it/sip/SipStatus.class')
def bytes = classFile.bytes
assert ((bytes[6] & 0xff) << 8 | (bytes[7] & 0xff)) == 52
def java = new File(System.getProperty('java.home'), 'bin/java').path
['486': 'busy|SIP/2.0 486 Busy Here|In gesprek', '599': '5xx|SIP/2.0 500 Server Internal Error|Interne serverfout'].each { code, expected ->
    def process = [java, '-cp', new File(basedir, 'target/classes').path, 'org.legacy.Legacy', code].execute()
    def out = new StringBuilder(), err = new StringBuilder()
    process.waitForProcessOutput(out, err)
    assert process.exitValue() == 0 : err.toString()
    assert out.toString().trim() == expected
}
return true
