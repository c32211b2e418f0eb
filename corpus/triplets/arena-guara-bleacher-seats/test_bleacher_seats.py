from playwright.sync_api import expect


def test_two_upper_row_seats(mount):
    page = mount("BleacherSeats.jsx")
    expect(page.get_by_text("Nenhum assento selecionado")).to_be_visible()
    page.get_by_title("Fila C · 12").click()
    page.get_by_title("Fila C · 13").click()
    expect(page.locator(".subtotal")).to_have_text("R$ 240,00")
    expect(page.locator(".taxa")).to_have_text("R$ 24,00")
    expect(page.locator(".total")).to_have_text("R$ 264,00")


def test_meia_entrada_halves_ticket_and_fee(mount):
    page = mount("BleacherSeats.jsx")
    page.get_by_title("Fila C · 12").click()
    page.get_by_title("Fila C · 13").click()
    page.get_by_label("Ingresso C13").select_option("Meia-entrada")
    expect(page.get_by_role("listitem").filter(has_text="Fila C · 13").locator(".price")).to_have_text("R$ 60,00")
    expect(page.locator(".subtotal")).to_have_text("R$ 180,00")
    expect(page.locator(".taxa")).to_have_text("R$ 18,00")
    expect(page.locator(".total")).to_have_text("R$ 198,00")
    expect(page.get_by_text("Meia-entrada: apresente documento na entrada")).to_be_visible()


def test_lower_row_seat_and_sold_seat(mount):
    page = mount("BleacherSeats.jsx")
    page.get_by_title("Fila C · 12").click()
    page.get_by_title("Fila C · 13").click()
    page.get_by_label("Ingresso C13").select_option("Meia-entrada")
    page.get_by_title("Fila A · 1", exact=True).click()
    expect(page.locator(".subtotal")).to_have_text("R$ 360,00")
    expect(page.locator(".total")).to_have_text("R$ 396,00")
    expect(page.get_by_title("Fila B · 7")).to_be_disabled()


def test_deselect_removes_the_ticket(mount):
    page = mount("BleacherSeats.jsx")
    page.get_by_title("Fila C · 12").click()
    page.get_by_title("Fila C · 13").click()
    page.get_by_label("Ingresso C13").select_option("Meia-entrada")
    page.get_by_title("Fila A · 1", exact=True).click()
    page.get_by_title("Fila C · 13").click()
    expect(page.get_by_label("Ingresso C13")).to_have_count(0)
    expect(page.get_by_text("Meia-entrada: apresente documento na entrada")).to_be_hidden()
    expect(page.locator(".subtotal")).to_have_text("R$ 300,00")
