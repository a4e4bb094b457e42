from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-glc.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "KotuQBU%73n?"
    # serial of the pump controller, printed on the housing
    serial: str = "TKBCAHJDB8OE"
