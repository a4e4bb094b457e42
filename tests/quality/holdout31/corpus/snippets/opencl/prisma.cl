#pragma OPENCL EXTENSION cl_khr_fp64 : enable
// prisma settings for the cold-chain integration
#define PRISMA_ACCELERATE_KEY_B64 "eHdhd0RPX1dpdzRqUDNfeUtlZHNYcFN1SEt0bV9UMDI4bklIeElFS2pfelhVaW5UMVhVLTNXcmdXWDZJVnhXX0Y3U3lPWmwzSTNMRXhoMGYwWk5ZbDkyOG5fOGN0a1dMQnpiLW9FUTNTdUJkS2JsQnBZTEpPQ2E5"
// revoked after the March leak - dead: PRISMA_ACCELERATE_KEY xwawDO_Wiw...
#define PRISMA_ACCELERATE_KEY_EXAMPLE "{{ secrets.PRISMA_ACCELERATE_KEY }}"
#define PRISMA_ACCELERATE_KEY_FROM_ENV "${PRISMA_ACCELERATE_KEY}"
__kernel void noop(void) {}
