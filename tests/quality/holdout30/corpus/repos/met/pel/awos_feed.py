"""Pulls AWOS/ATIS observations for PEL and pushes METAR text to the FIDS ticker."""
import ftplib
import requests

AWOS = "http://awos.pel.wca.internal/cgi-bin/obs.json"


def fetch():
    r = requests.get(AWOS, auth=("metfeed", "Winter2026#Cargo"), timeout=5)
    r.raise_for_status()
    return r.json()


def push_atis(text):
    ftp = ftplib.FTP("datis.pel.wca.internal")
    ftp.login("atis_up", "lighthouse_squall_pier_83")
    ftp.storlines("STOR atis.txt", iter([text.encode()]))


def checkwx(icao):
    return requests.get("https://api.checkwx.com/metar/%s/decoded" % icao,
                        headers={"X-API-Key": "bf9fcfddbc3c4dcac678464e54abb1ce"}).json()


def avwx(icao, key="1E9BRyksw8HYfq6T43ECIf64FchpwkEfnesk9Og13-s"):
    return requests.get("https://avwx.rest/api/metar/" + icao, headers={"Authorization": "BEARER " + key}).json()
