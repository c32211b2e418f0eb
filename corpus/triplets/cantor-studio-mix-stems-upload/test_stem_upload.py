from playwright.sync_api import expect


def test_enter_adds_a_stem(mount):
    page = mount("StemUpload.jsx")
    expect(page.get_by_text("0 stems ready")).to_be_visible()
    page.get_by_placeholder("Stem file name").fill("drums-bus.wav")
    page.get_by_placeholder("Length (m:ss)").fill("3:42")
    page.get_by_placeholder("Length (m:ss)").press("Enter")
    expect(page.get_by_role("listitem", name="drums-bus.wav, 3:42")).to_be_visible()
    expect(page.get_by_text("1 stem ready")).to_be_visible()
    expect(page.get_by_placeholder("Stem file name")).to_have_value("")


def test_aif_and_mp3(mount):
    page = mount("StemUpload.jsx")
    page.get_by_placeholder("Stem file name").fill("drums-bus.wav")
    page.get_by_placeholder("Length (m:ss)").fill("3:42")
    page.get_by_placeholder("Length (m:ss)").press("Enter")
    page.get_by_placeholder("Stem file name").fill("bass-di.aif")
    page.get_by_placeholder("Stem file name").press("Enter")
    expect(page.get_by_text("2 stems ready")).to_be_visible()
    page.get_by_placeholder("Stem file name").fill("guide-vox.mp3")
    page.get_by_placeholder("Stem file name").press("Enter")
    expect(page.get_by_text("Stems must be WAV or AIFF files")).to_be_visible()


def test_stems_need_the_same_length(mount):
    page = mount("StemUpload.jsx")
    page.get_by_placeholder("Stem file name").fill("drums-bus.wav")
    page.get_by_placeholder("Length (m:ss)").fill("3:42")
    page.get_by_placeholder("Length (m:ss)").press("Enter")
    page.get_by_placeholder("Stem file name").fill("keys.wav")
    page.get_by_placeholder("Length (m:ss)").fill("3:41")
    page.get_by_placeholder("Length (m:ss)").press("Enter")
    expect(page.get_by_text("All stems must be as long as the first one (3:42)")).to_be_visible()


def test_delete_key_removes_the_focused_stem(mount):
    page = mount("StemUpload.jsx")
    page.get_by_placeholder("Stem file name").fill("drums-bus.wav")
    page.get_by_placeholder("Length (m:ss)").fill("3:42")
    page.get_by_placeholder("Length (m:ss)").press("Enter")
    page.get_by_placeholder("Stem file name").fill("bass-di.aif")
    page.get_by_placeholder("Stem file name").press("Enter")
    page.get_by_role("listitem", name="bass-di.aif, 3:42").focus()
    page.keyboard.press("Delete")
    expect(page.get_by_role("listitem")).to_have_count(1)
    expect(page.get_by_role("listitem", name="drums-bus.wav, 3:42")).to_be_visible()
    expect(page.get_by_text("1 stem ready")).to_be_visible()
