// The floor page's one script (bench/peer/floor.html): it only marks when it ran.
performance.mark('floor:script-start');
