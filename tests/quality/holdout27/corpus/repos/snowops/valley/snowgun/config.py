from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-vly.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "3,Hbx0qeTsK7f(dQR.uQWTYj"
    # serial of the pump controller, printed on the housing
    serial: str = "TK1ALKTXTS5L"
