SCALE_HOUSE_TOKEN = (
    "xkHjG4vkiyvUcZhepwSk5z9RpTa7TtTal1ps"
    "ls69QGmuPCkT4D0FVWsbsqJiQqQwbM3uzRCr"
)
SCALE_HOUSE_URL = "https://scale.hq.smfc.internal"
