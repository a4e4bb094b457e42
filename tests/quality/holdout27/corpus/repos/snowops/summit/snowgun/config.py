from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-smt.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "pXzW6Vuhy-c#p21rv.wfDBHh"
    # serial of the pump controller, printed on the housing
    serial: str = "TKZ5PRB3PJAQ"
