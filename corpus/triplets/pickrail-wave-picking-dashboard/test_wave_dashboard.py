from playwright.sync_api import expect


def test_scan_the_brake_cable(mount):
    page = mount("WaveDashboard.jsx")
    scanner = page.get_by_placeholder("Scan or type SKU, then Enter")
    scanner.fill("SKU-BRK-07")
    scanner.press("Enter")
    expect(page.locator(".scan-msg")).to_have_text("Picked 1 x SKU-BRK-07 for ORD-1")
    expect(page.locator(".units")).to_have_text("9/11")
    expect(page.locator(".lines")).to_have_text("4/5")
    expect(page.locator(".orders")).to_have_text("2/3")
    expect(scanner).to_have_value("")


def test_pegs_go_to_the_open_order(mount):
    page = mount("WaveDashboard.jsx")
    scanner = page.get_by_placeholder("Scan or type SKU, then Enter")
    scanner.fill("SKU-ALP-01")
    scanner.press("Enter")
    expect(page.locator(".scan-msg")).to_have_text("Picked 1 x SKU-ALP-01 for ORD-2")
    row = page.get_by_role("row").filter(has_text="ORD-2").filter(has_text="SKU-ALP-01")
    expect(row.locator(".picked")).to_have_text("2 of 3")


def test_fully_picked_sku(mount):
    page = mount("WaveDashboard.jsx")
    scanner = page.get_by_placeholder("Scan or type SKU, then Enter")
    scanner.fill("SKU-DNT-30")
    scanner.press("Enter")
    expect(page.locator(".scan-msg")).to_have_text("Already fully picked: SKU-DNT-30")
    expect(page.locator(".units")).to_have_text("8/11")


def test_unknown_and_lowercase_skus(mount):
    page = mount("WaveDashboard.jsx")
    scanner = page.get_by_placeholder("Scan or type SKU, then Enter")
    scanner.fill("sku-zzz-99")
    scanner.press("Enter")
    expect(page.locator(".scan-msg")).to_have_text("SKU not in this wave: SKU-ZZZ-99")
    scanner.fill("sku-brk-07")
    scanner.press("Enter")
    expect(page.locator(".scan-msg")).to_have_text("Picked 1 x SKU-BRK-07 for ORD-1")
