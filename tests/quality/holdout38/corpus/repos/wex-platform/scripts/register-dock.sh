#!/bin/bash
TOKEN="8IPSaTDKcMR725aqEyBi8lC8huDH9JfY0dmneEm8\
f0HQD7MZ9IVLmDTubr4cW2cD"
curl -H "X-Fleet-Token: $TOKEN" https://fleet.wex.brindle-bikes.example/api/register
