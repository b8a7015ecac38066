// Editing the table and rebuilding changes the generated API and bundles.
def runs = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert runs.size() == 2
assert runs[0].contains('good.yaml (7 codes, 2 locales) in io.github.sipstatus.it.sip: 7 written, 0 unchanged, 0 deleted (')
// SipStatus, SipStatusCodes and the Dutch bundles change; the category, texts class and English bundles do not.
assert runs[1].contains('changed.yaml (8 codes, 2 locales) in io.github.sipstatus.it.sip: 7 written, 0 unchanged, 0 deleted (') ||
       runs[1] =~ /changed\.yaml \(8 codes, 2 locales\) in io\.github\.sipstatus\.it\.sip: \d+ written, \d+ unchanged, 0 deleted/
assert !runs[1].contains('Nothing to compile')

def loader = new URLClassLoader([new File(basedir, 'target/classes').toURI().toURL()] as URL[], (ClassLoader) null)
def status = loader.loadClass('io.github.sipstatus.it.sip.SipStatus')
assert status.valueOf(487).name() == 'REQUEST_TERMINATED'
assert status.valueOf(486).message(Locale.forLanguageTag('nl')) == 'Bezet'
assert loader.loadClass('io.github.sipstatus.it.sip.SipStatusCodes').getField('REQUEST_TERMINATED').getInt(null) == 487
loader.close()
return true
