from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-glc.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "ZsPuGHi@87j?"
    # serial of the pump controller, printed on the housing
    serial: str = "TKTVL5X3UWEA"
