"""iro review as a person uses it: a real headless Chromium (Debian's chromium + chromium-driver,
driven by Selenium; nothing downloads a browser) against the app served by uvicorn.

Open the list, open a document, accept a figure with the keyboard, correct one, reject one,
add one by picking its words on the page, reload, then check the database and --export-gold.
Saves a screenshot of the review page in the test's tmp folder (and, with
IRO_UPDATE_SCREENSHOT=1, as docs/review.png, the README's picture).
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
WIGAN = "wigan-iro-2019-20"

webdriver = pytest.importorskip("selenium.webdriver")
if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
    pytest.skip("chromium and chromedriver are needed (apt-get install chromium chromium-driver)",
                allow_module_level=True)

from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.common.keys import Keys  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The app under uvicorn in a thread, the way `iro review` serves it."""

    def __init__(self, db: Path):
        import uvicorn

        from extractor.cli.review import ReviewLock, open_for_review
        from extractor.review.app import create_app

        self.lock = ReviewLock(db).__enter__()
        self.con = open_for_review(db)
        self.app = create_app(con=self.con, reviewer="selenium", base_dirs=[ROOT])
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            assert time.time() < deadline, "the server did not start"
            time.sleep(0.05)

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.con.close()
        self.lock.__exit__(None, None, None)


@pytest.fixture
def served(tmp_path):
    out = tmp_path / "out"
    subprocess.run([sys.executable, "-m", "extractor.cli", "extract", "corpus", "--out", str(out), "--workers", "1"],
                   cwd=ROOT, check=True, capture_output=True)
    server = Server(out / "iro.duckdb")
    yield server, out
    if server.thread.is_alive():
        server.stop()


@pytest.fixture
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS + ["--window-size=1440,960"]:
        options.add_argument(flag)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _wait(driver, condition, timeout=15):
    return WebDriverWait(driver, timeout).until(lambda d: condition(d))


def _ready(driver) -> None:
    _wait(driver, lambda d: d.execute_script("return document.body.dataset.ready === '1'"))
    _wait(driver, lambda d: d.execute_script(
        "const i = document.getElementById('page-img'); return i.complete && i.naturalWidth > 0"))


def _key(driver, keys) -> None:
    webdriver.ActionChains(driver).send_keys(keys).perform()


def _states(driver) -> list[str]:
    return driver.execute_script(
        "return [...document.querySelectorAll('#figures li')].map(li => li.className.replace('fig ', '')"
        ".replace(' current', ''))")


def _current(driver) -> str:
    return driver.execute_script("return document.querySelector('#figures li.current').dataset.key")


def test_review_a_document_in_the_browser(served, browser, tmp_path):
    server, out = served
    driver = browser
    driver.get(server.url + "/")
    assert "iro review" in driver.title or "Documents" in driver.title
    rows = driver.find_elements(By.CSS_SELECTOR, "#documents tbody tr")
    assert len(rows) == 5
    driver.find_element(By.LINK_TEXT, WIGAN).click()
    _ready(driver)
    n = len(_states(driver))
    assert n == 33
    # the first figure's evidence is highlighted on its page, its value marked
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#overlay .box.value"))

    # accept with the keyboard: the figure is marked and the next one is current
    first = _current(driver)
    _key(driver, "a")
    _wait(driver, lambda d: "accept" in _states(d)[0])
    assert _current(driver) != first

    # correct one: e, type the value, Enter
    corrected = _current(driver)
    _key(driver, "e")
    value = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#detail form input[name=value]"))
    value.send_keys(Keys.CONTROL, "a")
    value.send_keys("9" + Keys.ENTER)
    _wait(driver, lambda d: "correct" in _states(d)[1])

    # reject one: r, then 2 (a standard or target)
    rejected = _current(driver)
    _key(driver, "r")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#detail .reasons"))
    _key(driver, "2")
    _wait(driver, lambda d: "reject" in _states(d)[2])

    # move on with j/k: next, next, previous
    _key(driver, "jjk")
    _wait(driver, lambda d: d.execute_script(
        "return [...document.querySelectorAll('#figures li')].findIndex(li => li.classList.contains('current'))") == 4)

    # add one the tool missed: go to page 4, n, pick the words on the page
    _key(driver, "]]]")
    _wait(driver, lambda d: d.find_element(By.ID, "page-no").text == "4")
    _key(driver, "n")
    Select(_wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#detail form select[name=metric]"))
           ).select_by_value("drp_count")
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#overlay .word"))
    words = driver.find_elements(By.CSS_SELECTOR, "#overlay .word")
    texts = [w.get_attribute("title") for w in words]
    start = next(i for i in range(len(texts)) if texts[i:i + 4] == ["This", "happened", "on", "24"])
    for w in words[start:start + 5]:
        w.click()
    form_value = driver.find_element(By.CSS_SELECTOR, "#detail form input[name=value]")
    assert form_value.get_attribute("value") == "24"
    evidence = driver.find_element(By.CSS_SELECTOR, "#detail form textarea[name=evidence]")
    assert evidence.get_attribute("value") == "This happened on 24 occasions,"
    period = driver.find_element(By.CSS_SELECTOR, "#detail form input[name=period]")
    assert period.get_attribute("value") == "2019-20"  # the report's year, by default
    period.send_keys(Keys.ENTER)
    _wait(driver, lambda d: "added" in " ".join(_states(d)))
    assert len(_states(driver)) == n + 1

    # a refused input is shown, not lost: an impossible period (on the figure before the added one)
    _key(driver, "ke")
    bad = _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, "#detail form input[name=period]"))
    bad.send_keys(Keys.CONTROL, "a")
    bad.send_keys("2019-21" + Keys.ENTER)
    _wait(driver, lambda d: "period must be YYYY-YY" in d.find_element(By.ID, "detail").text)
    _key(driver, Keys.ESCAPE)

    # reload: every decision is still there
    driver.refresh()
    _ready(driver)
    states = _states(driver)
    assert sorted(s for s in states if s in ("accept", "correct", "reject", "added")) == \
        ["accept", "added", "correct", "reject"]

    # the screenshot: the corrected figure, its evidence highlighted on the page
    driver.get(f"{server.url}/doc/{driver.current_url.split('/doc/')[1].split('?')[0]}?fig={corrected}")
    _ready(driver)
    _wait(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#overlay .box"))
    shot = tmp_path / "review.png"
    driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 20_000
    if os.environ.get("IRO_UPDATE_SCREENSHOT"):  # the README's picture, refreshed on request only
        shutil.copy(shot, ROOT / "docs" / "review.png")

    # the database holds the four decisions, by this reviewer
    rows = server.app.state.db.run(lambda con: con.execute(
        "SELECT action, new_value, reason, reviewer FROM reviews ORDER BY action").fetchall())
    assert [r[0] for r in rows] == ["accept", "add", "correct", "reject"]
    assert rows[1][1] == 24 and rows[2][1] == 9 and rows[3][2] == "standard_or_target"
    assert {r[3] for r in rows} == {"selenium"}
    keys = server.app.state.db.run(lambda con: con.execute(
        "SELECT figure_key FROM reviews WHERE action IN ('correct', 'reject') ORDER BY action").fetchall())
    assert [k for (k,) in keys] == [corrected, rejected]
    server.stop()

    # the gold export, and the next run scored against it
    gold = tmp_path / "gold"
    done = subprocess.run([sys.executable, "-m", "extractor.cli", "review", "--db", str(out / "iro.duckdb"),
                           "--export-gold", str(gold)], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert f"{WIGAN}: 3 reviewed figures, 30 not reviewed" in done.stdout
    import pandas as pd

    figures = pd.read_csv(gold / "figures.csv")
    reviewed = figures[figures.optional == 0]
    assert 9 in reviewed.value.tolist()
    assert ((reviewed.metric == "drp_count") & (reviewed.value == 24)).any()
    scored = subprocess.run([sys.executable, "-m", "extractor.cli", "evaluate", "--gold", str(gold), "--pred", str(out),
                             "--no-details"], cwd=ROOT, capture_output=True, text=True)
    assert scored.returncode == 0, scored.stderr
    assert "overall precision" in scored.stdout
