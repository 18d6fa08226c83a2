"""`vanban serve` in a real headless Chromium (Debian's chromium + chromedriver, driven by
selenium) on a store digitised from real samples: search, facets, open a document, fields."""

from __future__ import annotations

import json
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from pipeline.web import create_app

from .conftest import SAMPLES

pytestmark = pytest.mark.e2e

PLAN = json.loads((SAMPLES / "kh_syt_gialai_benh_an_dien_tu.json").read_text(encoding="utf-8"))
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,1000",
)


@pytest.fixture(scope="module")
def server(sample_archive: Path) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(
        create_app(sample_archive), host="127.0.0.1", port=port, log_level="warning"
    )
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not running.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("vanban serve did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if not (chromium and driver):
        pytest.fail("chromium and chromedriver are needed: run scripts/bootstrap.sh")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    profile = tempfile.mkdtemp(prefix="vanban-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    chrome = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    chrome.set_page_load_timeout(60)
    try:
        yield chrome
    finally:
        chrome.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait(chrome: webdriver.Chrome, css: str) -> None:
    WebDriverWait(chrome, 30).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def test_search_facets_and_document_view(server: str, browser: webdriver.Chrome) -> None:
    browser.get(server)
    box = browser.find_element(By.ID, "q")
    box.send_keys("benh an dien tu")  # without marks
    # the empty query already lists documents: wait for the page the form loads (its
    # address carries the query), not that one. Not staleness_of: chromedriver 156 answers
    # a gone node with "unknown error" rather than a stale reference.
    browser.find_element(By.ID, "search").click()
    WebDriverWait(browser, 30).until(ec.url_contains("q=benh+an+dien+tu"))
    wait(browser, "#results li.hit")
    hits = browser.find_elements(By.CSS_SELECTOR, "#results li.hit")
    titles = [h.find_element(By.CSS_SELECTOR, "a.title").text for h in hits]
    assert any(PLAN["fields"]["so_ky_hieu"] in t for t in titles), titles
    marks = {m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, ".snippet mark")}
    assert {"bệnh", "án"} <= marks

    # the type facet narrows the result to the plan
    facet = browser.find_element(By.CSS_SELECTOR, "ul[data-facet=type] li a")
    facet.click()
    wait(browser, "ul[data-facet=type] li.active")
    assert (
        browser.find_element(By.ID, "csv")
        .get_attribute("href")
        .endswith("type=K%E1%BA%BF+ho%E1%BA%A1ch")
    )
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "#results a.title")]
    assert titles and all(t.startswith("Kế hoạch") for t in titles)

    # open the plan and check the fields shown against the ground truth
    next(
        e for e in browser.find_elements(By.CSS_SELECTOR, "#results a.title")
        if PLAN["fields"]["so_ky_hieu"] in e.text
    ).click()  # fmt: skip
    wait(browser, "#fields")
    shown = {
        row.get_attribute("data-field"): row.find_elements(By.TAG_NAME, "td")[1].text
        for row in browser.find_elements(By.CSS_SELECTOR, "#fields tr[data-field]")
    }
    for name in ("so_ky_hieu", "loai_van_ban", "ngay_ban_hanh", "co_quan_ban_hanh"):
        assert shown[name] == PLAN["fields"][name], name
    assert browser.find_element(By.ID, "heading").text.endswith(PLAN["fields"]["so_ky_hieu"])
    # both page images rendered from the source PDF, beside the repaired text
    images = browser.find_elements(By.CSS_SELECTOR, ".page img")
    assert len(images) == len(PLAN["pages"])
    for image in images:
        browser.execute_script("arguments[0].scrollIntoView()", image)
        WebDriverWait(browser, 30).until(
            lambda _, img=image: browser.execute_script(
                "return arguments[0].complete && arguments[0].naturalWidth", img
            )
        )
    text = browser.find_element(By.CSS_SELECTOR, "#page-1 pre").text
    assert "KẾ HOẠCH" in text
    assert browser.find_elements(By.ID, "tasks") and browser.find_elements(By.ID, "references")
