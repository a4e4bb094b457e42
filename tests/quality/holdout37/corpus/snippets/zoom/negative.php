$zoomClientId = 'xQ4kT9mLRz2vBn7cWp3y';
$sha256OfOldZoomClientSecret = '154ca8a2f0f0d2d0a715ee55e725665083dfd50c48a79a187491d6561f1bca97';
$zoomClientSecret = '<ZOOM_CLIENT_SECRET>';
