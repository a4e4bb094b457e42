"""Pulls AWOS/ATIS observations for WCI and pushes METAR text to the FIDS ticker."""
import ftplib
import requests

AWOS = "http://awos.wci.wca.internal/cgi-bin/obs.json"


def fetch():
    r = requests.get(AWOS, auth=("metfeed", "Summer2025#Walrus"), timeout=5)
    r.raise_for_status()
    return r.json()


def push_atis(text):
    ftp = ftplib.FTP("datis.wci.wca.internal")
    ftp.login("atis_up", "beacon_pier_heron_62")
    ftp.storlines("STOR atis.txt", iter([text.encode()]))


def checkwx(icao):
    return requests.get("https://api.checkwx.com/metar/%s/decoded" % icao,
                        headers={"X-API-Key": "976a0e7b596132bf3be7bd6500aa525b"}).json()


def avwx(icao, key="0cCNWa8HZTgH21wb-gi-SB5dJd2H4Zlxez-GWSLraNO"):
    return requests.get("https://avwx.rest/api/metar/" + icao, headers={"Authorization": "BEARER " + key}).json()
