from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-smt.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "W#p21rv.wfDBHhZ!EIc6EsbG"
    # serial of the pump controller, printed on the housing
    serial: str = "TKV9N0YNH33M"
