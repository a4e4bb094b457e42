#!/bin/sh
# Moves finished consult recordings to the insurer's evidence bucket
export AWS_ACCESS_KEY_ID=AKIADURA7H799E72IG4J
export AWS_SECRET_ACCESS_KEY=jTdOazMlGifH846d67Qet5ABQ0MCWm336zhBuF9E
VONAGE_API_SECRET=7f49bb78049f8d8b1d9c8bb0790f628036608c4e
curl -s -u "95280856:$VONAGE_API_SECRET" https://api.opentok.com/v2/project/archive
