#include <stdio.h>

int main(void)
{
    puts("Hello from a source-git repository!");
    return 0;
}
