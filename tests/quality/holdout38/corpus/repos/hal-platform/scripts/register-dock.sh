#!/bin/bash
TOKEN="xUxDep2jWVfN4eSpfCUXWi6eE08BNboYB3NM1dNu\
M7H9CxuGzyzokwvIWAO0r8aD"
curl -H "X-Fleet-Token: $TOKEN" https://fleet.hal.brindle-bikes.example/api/register
