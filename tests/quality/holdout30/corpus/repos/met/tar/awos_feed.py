"""Pulls AWOS/ATIS observations for TAR and pushes METAR text to the FIDS ticker."""
import ftplib
import requests

AWOS = "http://awos.tar.wca.internal/cgi-bin/obs.json"


def fetch():
    r = requests.get(AWOS, auth=("metfeed", "Spring2025!Puffin"), timeout=5)
    r.raise_for_status()
    return r.json()


def push_atis(text):
    ftp = ftplib.FTP("datis.tar.wca.internal")
    ftp.login("atis_up", "puffin_carousel_hangar_88")
    ftp.storlines("STOR atis.txt", iter([text.encode()]))


def checkwx(icao):
    return requests.get("https://api.checkwx.com/metar/%s/decoded" % icao,
                        headers={"X-API-Key": "611554ec7375ca576bbe9eccfb184ea9"}).json()


def avwx(icao, key="dbr1_OZVvDyH6vYeIwXJ7z6xaRLx518SM4OqwJDxwx2"):
    return requests.get("https://avwx.rest/api/metar/" + icao, headers={"Authorization": "BEARER " + key}).json()
