from playwright.sync_api import expect


def test_blank_or_spaces_name_is_refused(mount):
    page = mount("ApiKeyScopes.jsx")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_text("Give the key a name")).to_be_visible()
    page.get_by_label("Key name").fill("   ")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_text("Give the key a name")).to_be_visible()
    expect(page.get_by_test_id("key-summary")).to_have_count(0)


def test_write_implies_read(mount):
    page = mount("ApiKeyScopes.jsx")
    page.get_by_label("Key name").fill("Warehouse scanner")
    page.get_by_label("Write Shipments").check()
    expect(page.get_by_label("Read Shipments")).to_be_checked()
    expect(page.get_by_label("Read Shipments")).to_be_disabled()
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_test_id("key-summary")).to_have_text('Key "Warehouse scanner" created with 3 scopes')
    expect(page.get_by_test_id("scope-string")).to_have_text("shipments:read shipments:write tracking:read")


def test_read_only_preset(mount):
    page = mount("ApiKeyScopes.jsx")
    page.get_by_role("button", name="Read-only preset").click()
    page.get_by_label("Key name").fill("BI export")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_test_id("key-summary")).to_have_text('Key "BI export" created with 5 scopes')
    expect(page.get_by_test_id("scope-string")).to_have_text(
        "shipments:read invoices:read tracking:read carriers:read webhooks:read"
    )


def test_clear_all_gives_no_scopes(mount):
    page = mount("ApiKeyScopes.jsx")
    page.get_by_role("button", name="Clear all").click()
    page.get_by_label("Key name").fill("Placeholder")
    page.get_by_role("button", name="Create key").click()
    expect(page.get_by_test_id("key-summary")).to_have_text('Key "Placeholder" created with 0 scopes')
    expect(page.get_by_test_id("scope-string")).to_have_text("(no scopes)")
