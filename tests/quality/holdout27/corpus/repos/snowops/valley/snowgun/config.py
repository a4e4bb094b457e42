from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-vly.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "AqeTsK7f(dQR.uQWTYj3awuN"
    # serial of the pump controller, printed on the housing
    serial: str = "TKXTS5LED0Z6"
