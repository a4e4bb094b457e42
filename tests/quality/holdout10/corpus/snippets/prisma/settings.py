from dataclasses import dataclass, field


@dataclass
class Settings:
    prisma_accelerate_url: str = "prisma://accelerate.prisma-data.net/?api_key=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJnaDc4ZXI2MTR1NmQiLCJpYXQiOjE3NjUzMDA2NzUsImp0aSI6IjQxNzVmY2VmLWM4OTgtNDYyMS1iNzI1LWRkYzNjN2JiNGMxNyJ9.yfVe6vUHII1C4lnyeC7ijzG1Xl1bGPd6-yu7nNfzhUE"
    prisma_direct_nopw: str = "postgresql://app@db:5432/app"
    prisma_placeholder: str = "prisma://accelerate.prisma-data.net/?api_key=__API_KEY__"
